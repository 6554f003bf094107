# A custom Dataset over synthetic "images" with a labels map, then one DataLoader batch.
import torch
from torch.utils.data import Dataset, DataLoader

labels_map = {0: "T-Shirt", 1: "Trouser", 2: "Pullover", 3: "Dress"}

class SyntheticImageDataset(Dataset):
    def __init__(self, n, transform=None, target_transform=None):
        g = torch.Generator().manual_seed(7)
        self.images = torch.rand(n, 8, 8, generator=g)
        self.labels = torch.randint(0, 4, (n,), generator=g)
        self.transform = transform
        self.target_transform = target_transform

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, idx):
        image, label = self.images[idx].unsqueeze(0), int(self.labels[idx])
        if self.transform:
            image = self.transform(image)
        if self.target_transform:
            label = self.target_transform(label)
        return image, label

training_data = SyntheticImageDataset(20, transform=lambda x: (x - 0.5) / 0.5)
print(len(training_data))
for i in range(1, 4):
    img, label = training_data[i * 3]
    print(i, labels_map[label], img.shape, round(img.mean().item(), 4))
train_dataloader = DataLoader(training_data, batch_size=6, shuffle=False)
train_features, train_labels = next(iter(train_dataloader))
print(f"Feature batch shape: {train_features.size()}")
print(f"Labels batch shape: {train_labels.size()}")
img = train_features[0].squeeze()
label = train_labels[0]
print(img.shape, f"Label: {label}", label.dtype)
print([len(b[1]) for b in train_dataloader])
