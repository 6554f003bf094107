# sum, mean, prod, std over each axis of a 2x3 matrix.
import torch

X = torch.tensor([[1.0, 2.0, 3.0], [4.0, 6.0, 8.0]])
for name in ('sum', 'mean', 'prod', 'std', 'var', 'amax', 'amin', 'logsumexp'):
    f = getattr(X, name)
    print(f"{name:9s}", f(dim=0), f(dim=1, keepdim=True).shape)
print(X.norm(dim=1), X.median(), X.median(dim=1).values)
print(X.std(correction=0), X.var(dim=None, unbiased=False))
