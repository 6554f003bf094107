# Low-rank compression of a weight matrix with SVD: parameter count and error
import torch

torch.manual_seed(13)
W = torch.randn(6, 2) @ torch.randn(2, 5) + 0.01 * torch.randn(6, 5)
U, S, Vh = torch.linalg.svd(W, full_matrices=False)
print(U.shape, S.shape, Vh.shape)
r = 2
A = U[:, :r] * S[:r]
B = Vh[:r]
print(A.shape, B.shape, W.numel(), A.numel() + B.numel())
err = torch.linalg.norm(W - A @ B) / torch.linalg.norm(W)
print(err < 0.05)
print((S[2:] < 0.1).all())
