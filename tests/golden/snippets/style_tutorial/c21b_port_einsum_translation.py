# np.einsum strings carry over to torch.einsum unchanged
import numpy as np
import torch

rng = np.random.default_rng(0)
A = rng.standard_normal((2, 3, 4)).astype(np.float32)
B = rng.standard_normal((2, 4, 5)).astype(np.float32)
np_out = np.einsum("bij,bjk->bik", A, B)
t_out = torch.einsum("bij,bjk->bik", torch.from_numpy(A), torch.from_numpy(B))
print(t_out.shape, np.allclose(np_out, t_out.numpy(), atol=1e-5))
v = torch.tensor([1.0, 2.0, 3.0])
print(torch.einsum("i,i->", v, v), torch.einsum("i,j->ij", v, v))
M = torch.arange(9.0).reshape(3, 3)
print(torch.einsum("ii->i", M), torch.einsum("ii", M), torch.einsum("ij->ji", M))
