# Binary classifier with BCEWithLogitsLoss; predictions by thresholding sigmoid at 0.5
import torch
import torch.nn as nn

torch.manual_seed(1618)
X = torch.randn(20, 3)
y = (X @ torch.tensor([1.0, -2.0, 0.5]) > 0).float().unsqueeze(1)
model = nn.Linear(3, 1)
criterion = nn.BCEWithLogitsLoss()
opt = torch.optim.SGD(model.parameters(), lr=0.5)
for epoch in range(6):
    logits = model(X)
    loss = criterion(logits, y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    preds = (torch.sigmoid(logits) > 0.5).float()
    print(epoch, loss.item(), (preds == y).float().mean().item())
print(model.weight.data, model.bias.data)
