import ReviewList from './ReviewList';

export default function ReviewedPage() {
  return <ReviewList kind="reviewed" />;
}
