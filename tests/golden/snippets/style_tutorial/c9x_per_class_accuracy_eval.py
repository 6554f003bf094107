# Evaluating a classifier: overall and per-class accuracy with bincount.
import torch
import torch.nn as nn

torch.manual_seed(11)
classes = ("cat", "dog", "bird")
X = torch.randn(60, 5)
w_true = torch.randn(5, 3)
y = (X @ w_true).argmax(1)
model = nn.Linear(5, 3)
opt = torch.optim.SGD(model.parameters(), lr=0.3)
for _ in range(50):
    opt.zero_grad()
    nn.functional.cross_entropy(model(X), y).backward()
    opt.step()
model.eval()
correct_pred = {c: 0 for c in classes}
total_pred = {c: 0 for c in classes}
with torch.no_grad():
    preds = model(X).argmax(1)
    for label, pred in zip(y, preds):
        if label == pred:
            correct_pred[classes[label]] += 1
        total_pred[classes[label]] += 1
for c, n in correct_pred.items():
    acc = 100 * float(n) / total_pred[c]
    print(f"Accuracy for class: {c:5s} is {acc:.1f} %")
print("overall:", (preds == y).float().mean().item())
print(torch.bincount(y, minlength=3), torch.bincount(preds, minlength=3))
hits = torch.bincount(y[preds == y], minlength=3)
print(hits / torch.bincount(y, minlength=3))
