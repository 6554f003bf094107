# Multi-label classification with BCEWithLogitsLoss and pos_weight; thresholded predictions.
import torch
import torch.nn as nn

torch.manual_seed(1)
x = torch.randn(32, 5)
w_true = torch.randn(5, 3)
y = (x @ w_true > 0.5).float()
print(y.mean(0))
pos = y.sum(0)
pos_weight = (len(y) - pos) / pos
print(pos_weight)

model = nn.Linear(5, 3)
crit = nn.BCEWithLogitsLoss(pos_weight=pos_weight)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
for epoch in range(30):
    opt.zero_grad()
    loss = crit(model(x), y)
    loss.backward()
    opt.step()
    if epoch % 10 == 0:
        print(epoch, round(loss.item(), 4))
with torch.no_grad():
    probs = torch.sigmoid(model(x))
pred = (probs > 0.5).float()
print("per-label accuracy:", (pred == y).float().mean(0))
tp = (pred * y).sum(0)
print("precision:", tp / pred.sum(0).clamp(min=1))
print("recall:", tp / y.sum(0))
print(nn.BCEWithLogitsLoss(reduction="none")(torch.tensor([[10.0, -10.0]]), torch.tensor([[1.0, 1.0]])))
print(nn.BCELoss()(torch.tensor([0.0, 1.0]), torch.tensor([0.0, 0.0])))
