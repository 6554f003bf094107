# nn.init.orthogonal_ makes W^T W the identity (up to rounding)
import torch
from torch import nn

torch.manual_seed(1638)
w = torch.empty(5, 3)
nn.init.orthogonal_(w)
print(w)
gram = w.T @ w
print(torch.allclose(gram, torch.eye(3), atol=1e-6))
print(gram.diagonal())
rnn = nn.RNN(3, 4)
nn.init.orthogonal_(rnn.weight_hh_l0, gain=0.5)
print((rnn.weight_hh_l0 @ rnn.weight_hh_l0.T).diagonal())
