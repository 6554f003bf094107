# Tabular MLP with BatchNorm1d and Dropout; running stats after training
import torch
import torch.nn as nn

torch.manual_seed(10)
X = torch.randn(64, 6) * 5 + 3
y = (X[:, 0] > 3).float()
model = nn.Sequential(nn.BatchNorm1d(6), nn.Linear(6, 16), nn.BatchNorm1d(16), nn.ReLU(),
                      nn.Dropout(0.2), nn.Linear(16, 1))
opt = torch.optim.AdamW(model.parameters(), lr=3e-3, weight_decay=1e-2)
for epoch in range(5):
    model.train()
    opt.zero_grad()
    loss = nn.functional.binary_cross_entropy_with_logits(model(X).squeeze(1), y)
    loss.backward()
    opt.step()
    print(f"epoch {epoch} loss {loss.item():.4f}")
print(model[0].running_mean)
print(model[0].num_batches_tracked)
