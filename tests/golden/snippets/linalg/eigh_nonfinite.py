import torch

inf, nan = float("inf"), float("nan")
# LAPACK scales a matrix whose largest entry is inf by 0 (inf becomes NaN), and its solver splits
# where an off-diagonal entry is exactly 0
for m in ([[inf, 1.], [1., 2.]], [[1., 0.], [0., nan]], [[nan, 0.], [0., 1.]], [[1., inf], [inf, 2.]],
          [[1., 1., 0.], [1., inf, 1.], [0., 1., 3.]], [[1., 0., 0.], [0., 2., 0.], [0., 0., nan]],
          [[4., 1., 2., 0.], [1., 3., 0., 1.], [2., 0., inf, 1.], [0., 1., 1., 2.]]):
    w, v = torch.linalg.eigh(torch.tensor(m))
    print(w, v, sep="\n")
print(torch.linalg.eigh(torch.tensor([[[inf, 1.], [1., 2.]], [[2., 1.], [1., 2.]]])))
try:
    torch.linalg.eigh(torch.tensor([[1., 2., 3.], [2., nan, 1.], [3., 1., 4.]]))
except Exception as e:
    print(type(e).__name__, e)
