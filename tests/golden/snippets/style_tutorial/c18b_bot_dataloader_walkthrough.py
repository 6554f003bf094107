"""Using Dataset and DataLoader for batches."""
import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
features = torch.arange(10, dtype=torch.float32).unsqueeze(1)
targets = features * 2
dataset = TensorDataset(features, targets)
loader = DataLoader(dataset, batch_size=4, shuffle=True)

print(f"dataset size: {len(dataset)}, batches per epoch: {len(loader)}")
for i, (xb, yb) in enumerate(loader):
    print(f"batch {i}: x={xb.flatten().tolist()} y_shape={tuple(yb.shape)}")
