# F.dropout with training=False, p=0 and p=1, and the inplace flag
import torch
import torch.nn.functional as F

torch.manual_seed(0)
X = torch.arange(1.0, 9.0).reshape(2, 4)
print(F.dropout(X, p=0.5, training=False))
print(F.dropout(X, p=0.0))
print(F.dropout(X, p=1.0))
print(F.dropout(X, p=0.25))
Y = X.clone()
F.dropout(Y, p=0.5, inplace=True)
print(Y)
try:
    F.dropout(X, p=1.5)
except ValueError as e:
    print(e)
