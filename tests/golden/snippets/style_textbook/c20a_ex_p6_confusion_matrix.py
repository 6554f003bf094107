# Practice 6: confusion matrix, accuracy, precision and recall for 3 classes
import torch

y_true = torch.tensor([0, 1, 2, 2, 1, 0, 2, 1, 0, 2])
y_pred = torch.tensor([0, 2, 2, 2, 1, 0, 1, 1, 0, 0])
cm = torch.zeros(3, 3, dtype=torch.long)
cm.index_put_((y_true, y_pred), torch.ones_like(y_true), accumulate=True)
print(cm)
print(torch.bincount(y_true * 3 + y_pred, minlength=9).view(3, 3).equal(cm))
print((y_true == y_pred).float().mean())
print(cm.diag() / cm.sum(0), cm.diag() / cm.sum(1))
