# RNNs for sequences: shapes first
import torch
import torch.nn as nn

torch.manual_seed(0)
rnn = nn.RNN(input_size=4, hidden_size=6, num_layers=1, batch_first=True)
x = torch.randn(2, 5, 4)  # batch, seq_len, features
out, h_n = rnn(x)
print("out:", out.shape)
print("h_n:", h_n.shape)
print(torch.allclose(out[:, -1, :], h_n[0]))
print(rnn)
for name, p in rnn.named_parameters():
    print(name, tuple(p.shape))
