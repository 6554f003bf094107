# nn.RNN output and hidden shapes, batch_first or not
import torch
import torch.nn as nn

torch.manual_seed(1)
rnn = nn.RNN(input_size=3, hidden_size=5, batch_first=True)
print(rnn)
x = torch.randn(2, 7, 3)
out, h = rnn(x)
print(out.shape, h.shape)
print(torch.allclose(out[:, -1], h[0]))
rnn2 = nn.RNN(3, 5, num_layers=2)
out2, h2 = rnn2(x)
print(out2.shape, h2.shape)
print([n for n, _ in rnn2.named_parameters()])
