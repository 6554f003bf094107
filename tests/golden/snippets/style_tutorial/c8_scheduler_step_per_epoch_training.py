# A training loop with StepLR stepped per epoch: the lr and the average loss printed each epoch.
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(3)
X = torch.randn(48, 5)
y = X @ torch.randn(5, 1) + 0.1 * torch.randn(48, 1)
loader = DataLoader(TensorDataset(X, y), batch_size=12, shuffle=True)
model = nn.Sequential(nn.Linear(5, 8), nn.Tanh(), nn.Linear(8, 1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.5)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)
criterion = nn.MSELoss()
for epoch in range(5):
    model.train()
    epoch_loss = 0.0
    for xb, yb in loader:
        optimizer.zero_grad()
        loss = criterion(model(xb), yb)
        loss.backward()
        optimizer.step()
        epoch_loss += loss.item() * xb.size(0)
    scheduler.step()
    print(f"epoch {epoch}: lr={scheduler.get_last_lr()[0]:.4f} loss={epoch_loss / len(loader.dataset):.4f}")
print(scheduler)
print(optimizer.param_groups[0]["initial_lr"], scheduler.last_epoch)
