# Shapes of nn.RNN's output and hidden state for 2 layers, bidirectional, batch_first
import torch
from torch import nn

torch.manual_seed(0)
rnn = nn.RNN(input_size=3, hidden_size=5, num_layers=2, bidirectional=True, batch_first=True)
x = torch.randn(4, 7, 3)
out, h_n = rnn(x)
print(out.shape, h_n.shape)
print(torch.allclose(out[:, -1, :5], h_n[2]), torch.allclose(out[:, 0, 5:], h_n[3]))
print([name for name, _ in rnn.named_parameters()][:4], len(list(rnn.parameters())))
h0 = torch.zeros(4, 4, 5)
try:
    rnn(x, h0)
except RuntimeError as e:
    print("RuntimeError:", e)
