# Logistic regression with nn.Linear + sigmoid and BCELoss, printed every 20 epochs.
import torch
import torch.nn as nn

torch.manual_seed(7)
n = 100
X = torch.cat([torch.randn(n // 2, 2) + 1.5, torch.randn(n // 2, 2) - 1.5])
y = torch.cat([torch.ones(n // 2), torch.zeros(n // 2)]).unsqueeze(1)

class LogisticRegression(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear = nn.Linear(2, 1)

    def forward(self, x):
        return torch.sigmoid(self.linear(x))

model = LogisticRegression()
criterion = nn.BCELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.05)
for epoch in range(100):
    y_pred = model(X)
    loss = criterion(y_pred, y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if (epoch + 1) % 20 == 0:
        print(f"epoch: {epoch + 1}, loss = {loss.item():.4f}", loss.item())
with torch.no_grad():
    y_hat = model(X).round()
    acc = y_hat.eq(y).sum() / float(y.shape[0])
    print(f"accuracy: {acc:.4f}")
    print(model.linear.weight, model.linear.bias)
    print(model(torch.tensor([[0.0, 0.0], [3.0, 3.0]])))
