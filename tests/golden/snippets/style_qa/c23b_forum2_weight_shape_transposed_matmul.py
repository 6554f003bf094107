import torch

X = torch.ones(5, 3)
W = torch.ones(4, 3)
try:
    X @ W
except Exception as e:
    print(type(e).__name__, e)
print((X @ W.T).shape, torch.nn.functional.linear(X, W).shape)
try:
    torch.mm(X, torch.ones(3))
except Exception as e:
    print(type(e).__name__, e)
print(torch.matmul(X, torch.ones(3)).shape)
try:
    torch.bmm(X, W)
except Exception as e:
    print(type(e).__name__, e)
