# Errors students hit: mismatched mat shapes, backward twice, in-place on a leaf, float targets for cross_entropy.
import torch
import torch.nn.functional as F

torch.manual_seed(30)
x = torch.randn(4, 3)
lin = torch.nn.Linear(4, 2)
try:
    lin(x)
except RuntimeError as e:
    print('1', e)
w = torch.randn(3, requires_grad=True)
try:
    w += 1
except RuntimeError as e:
    print('2', e)
y = (w.exp() * 2).sum()
y.backward()
try:
    y.backward()
except RuntimeError as e:
    print('3', str(e).split('.')[0])
try:
    F.cross_entropy(torch.randn(3, 4), torch.tensor([1.0, 0.0, 2.0]))
except RuntimeError as e:
    print('4', e)
try:
    torch.ones(2, 3).view(4)
except RuntimeError as e:
    print('5', e)
try:
    torch.randn(2, 2).numpy() if not w.requires_grad else w.numpy()
except RuntimeError as e:
    print('6', e)
