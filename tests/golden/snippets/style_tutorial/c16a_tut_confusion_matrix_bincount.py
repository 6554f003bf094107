# A confusion matrix from predictions with bincount, then per-class recall
import torch

torch.manual_seed(1632)
K = 3
targets = torch.randint(0, K, (30,))
preds = torch.where(torch.rand(30) < 0.7, targets, torch.randint(0, K, (30,)))
conf = torch.bincount(targets * K + preds, minlength=K ** 2).reshape(K, K)
print(conf)
recall = conf.diag() / conf.sum(dim=1)
precision = conf.diag() / conf.sum(dim=0)
print("recall", recall)
print("precision", precision)
print(conf.diag().sum().item() / conf.sum().item())
