# Course notebook: logistic regression on two Gaussian blobs with BCEWithLogitsLoss, accuracy each epoch.
import torch
from torch import nn

torch.manual_seed(7)
n = 50
x0 = torch.randn(n, 2) + torch.tensor([-2.0, -2.0])
x1 = torch.randn(n, 2) + torch.tensor([2.0, 2.0])
X = torch.cat([x0, x1])
y = torch.cat([torch.zeros(n), torch.ones(n)]).unsqueeze(1)
perm = torch.randperm(2 * n)
X, y = X[perm], y[perm]
print(X.shape, y.shape, y.mean().item())

class LogisticRegression(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(2, 1)
    def forward(self, x):
        return self.linear(x)

model = LogisticRegression()
criterion = nn.BCEWithLogitsLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(1, 11):
    logits = model(X)
    loss = criterion(logits, y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    with torch.no_grad():
        preds = (torch.sigmoid(logits) > 0.5).float()
        acc = (preds == y).sum().item() / y.size(0)
    if epoch % 2 == 0:
        print(f"Epoch [{epoch}/10], Loss: {loss.item():.4f}, Accuracy: {acc * 100:.2f}%")
w, b = model.linear.weight.squeeze(), model.linear.bias
print("boundary slope", (-w[0] / w[1]).item() < 0, "weights", w.detach())
with torch.no_grad():
    print(torch.sigmoid(model(torch.tensor([[0.0, 0.0], [3.0, 3.0], [-3.0, -3.0]]))).squeeze())
