import torch

torch.manual_seed(0)
# lu_unpack passes the gradients of L and U back into the packed factors
for shape in [(3, 3), (3, 2), (2, 4)]:
    LU, pivots = torch.linalg.lu_factor(torch.randn(*shape))
    LU.requires_grad_()
    P, L, U = torch.lu_unpack(LU, pivots)
    print(L.grad_fn.name(), P.grad_fn, L.shape, U.shape)
    (2 * L.sum() + U.pow(2).sum()).backward()
    print(LU.grad)
