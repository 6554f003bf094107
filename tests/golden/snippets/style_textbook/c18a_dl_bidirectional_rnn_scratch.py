# A bidirectional nn.RNN: the backward direction is the forward recurrence on the reversed sequence
import torch
from torch import nn

torch.manual_seed(6)
birnn = nn.RNN(2, 3, bidirectional=True)
X = torch.randn(4, 1, 2)
out, h_n = birnn(X)
print(out.shape, h_n.shape)
H = torch.zeros(1, 3)
back = []
for x_t in X.flip(0):
    H = torch.tanh(x_t @ birnn.weight_ih_l0_reverse.T + birnn.bias_ih_l0_reverse
                   + H @ birnn.weight_hh_l0_reverse.T + birnn.bias_hh_l0_reverse)
    back.append(H)
back = torch.stack(back).flip(0)
print(torch.allclose(out[..., 3:], back, atol=1e-6))
print(torch.allclose(h_n[1], out[0, :, 3:]), torch.allclose(h_n[0], out[-1, :, :3]))
