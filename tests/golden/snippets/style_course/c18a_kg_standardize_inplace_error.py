# Scaling the training tensor in place while it is part of the graph
import torch

torch.manual_seed(8)
X = torch.randn(5, 2, requires_grad=True)
Z = X.sigmoid()
loss = Z.sum()
Z.sub_(Z.mean(0))
try:
    loss.backward()
except RuntimeError as e:
    print(type(e).__name__)
    print(str(e).split(";")[0])
