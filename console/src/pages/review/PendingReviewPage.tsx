import ReviewList from './ReviewList';

export default function PendingReviewPage() {
  return <ReviewList kind="pending" />;
}
