import torch

# singular vectors of wide, tall and square matrices
torch.manual_seed(0)
for shape in [(4, 3), (2, 5), (3, 6), (8, 5), (3, 3)]:
    A = torch.randn(*shape, dtype=torch.float64)
    U, S, Vh = torch.linalg.svd(A, full_matrices=False)
    print(shape, U.shape, S.shape, Vh.shape)
    print(U)
    print(Vh)
W = torch.randn(2, 4)
print(torch.linalg.svd(W))
print(torch.svd(W, some=False))
