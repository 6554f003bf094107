# Datasets & DataLoaders: a map-style dataset of (features, label) pairs with a target_transform, default collation
# of tuples, dicts and numbers, drop_last, and a seeded shuffle order.
import torch
from torch.utils.data import Dataset, DataLoader


class PolyPoints(Dataset):
    def __init__(self, count, target_transform=None):
        self.inputs = torch.linspace(-1, 1, count).unsqueeze(1)
        self.target_transform = target_transform

    def __len__(self):
        return self.inputs.shape[0]

    def __getitem__(self, i):
        label = int(i % 3)
        if self.target_transform is not None:
            label = self.target_transform(label)
        return self.inputs[i], label


points = PolyPoints(7, target_transform=lambda k: torch.tensor(k * 10))
print(len(points), points[4])
for feats, labels in DataLoader(points, batch_size=3):
    print(feats.squeeze(1), labels, labels.dtype)
print(len(DataLoader(points, batch_size=3, drop_last=True)), len(DataLoader(points, batch_size=3)))
records = [{"id": k, "vec": torch.full((2,), float(k)), "w": 0.25 * k} for k in range(4)]
for rec in DataLoader(records, batch_size=2):
    print(rec)
torch.manual_seed(1417)
print([lab.tolist() for _, lab in DataLoader(points, batch_size=4, shuffle=True)])
