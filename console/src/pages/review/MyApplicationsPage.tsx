import ReviewList from './ReviewList';

export default function MyApplicationsPage() {
  return <ReviewList kind="mine" />;
}
