# Logistic regression with a sigmoid output and BCELoss.
import torch
import torch.nn as nn

torch.manual_seed(31)
X = torch.randn(20, 2)
y = (X[:, 0] + X[:, 1] > 0).float().unsqueeze(1)
model = nn.Sequential(nn.Linear(2, 1), nn.Sigmoid())
criterion = nn.BCELoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.1)
for epoch in range(50):
    loss = criterion(model(X), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if epoch % 10 == 0:
        print(f'epoch {epoch}: loss = {loss.item():.6f}')
with torch.no_grad():
    acc = ((model(X) > 0.5).float() == y).float().mean()
print(f'accuracy = {acc:.4f}')
