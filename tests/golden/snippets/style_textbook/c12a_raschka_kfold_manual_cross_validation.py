# Raschka-style k-fold cross-validation by hand with index folds and a logistic regression in torch.
import torch

g = torch.Generator().manual_seed(123)
X = torch.randn(30, 2, generator=g)
y = (X[:, 0] + 0.5 * X[:, 1] > 0).float()
perm = torch.randperm(30, generator=g)
folds = perm.chunk(5)
print([f.tolist() for f in folds[:2]])
accs = []
for k, val_idx in enumerate(folds):
    train_idx = torch.cat([f for j, f in enumerate(folds) if j != k])
    torch.manual_seed(k)
    model = torch.nn.Linear(2, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.5)
    for epoch in range(25):
        opt.zero_grad()
        logits = model(X[train_idx]).squeeze(1)
        loss = torch.nn.functional.binary_cross_entropy_with_logits(logits, y[train_idx])
        loss.backward()
        opt.step()
    with torch.no_grad():
        pred = (model(X[val_idx]).squeeze(1) > 0).float()
        acc = (pred == y[val_idx]).float().mean().item()
    accs.append(acc)
    print(f"fold {k}: train loss {loss.item():.4f} val acc {acc:.2f}")
accs = torch.tensor(accs)
print(f"mean {accs.mean():.3f} +/- {accs.std():.3f}")
