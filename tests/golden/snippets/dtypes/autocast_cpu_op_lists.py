# Which ops CPU autocast runs in bfloat16 (matmul, baddbmm, prelu, attention, transposed convolution) and which it
# leaves in float32 (dot, mv, outer).
import torch, torch.nn as nn, torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(3); A = torch.randn(2, 3)
q = torch.randn(1, 2, 4, 8); k = torch.randn(1, 2, 4, 8); v = torch.randn(1, 2, 4, 8)
mha = nn.MultiheadAttention(8, 2, batch_first=True)
ct = nn.ConvTranspose2d(2, 1, 2)
with torch.autocast('cpu'):
    print(torch.dot(x, x).dtype, torch.mv(A, x).dtype, (x @ x).dtype, torch.outer(x, x).dtype)
    print(torch.baddbmm(torch.zeros(1, 2, 2), A[None], A.T[None]))
    print(F.prelu(A, torch.tensor([0.1])), nn.PReLU()(A).dtype)
    out = F.scaled_dot_product_attention(q, k, v)
    print(out.dtype, out.shape)
    y, w = mha(q[:, 0], q[:, 0], q[:, 0])
    print(y.dtype, w.dtype, y[0, 0, :4])
    print(ct(torch.randn(1, 2, 3, 3)).dtype)
