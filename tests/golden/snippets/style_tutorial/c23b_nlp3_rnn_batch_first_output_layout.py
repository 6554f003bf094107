import torch
from torch import nn

torch.manual_seed(87)
rnn_bf = nn.RNN(2, 3, batch_first=True)
rnn_tf = nn.RNN(2, 3)
rnn_tf.load_state_dict(rnn_bf.state_dict())
x = torch.randn(4, 5, 2)
a, ha = rnn_bf(x)
b, hb = rnn_tf(x.transpose(0, 1))
print(a.shape, b.shape, ha.shape)
print(torch.allclose(a, b.transpose(0, 1), atol=1e-6), torch.allclose(ha, hb, atol=1e-6))
print(a.is_contiguous())
