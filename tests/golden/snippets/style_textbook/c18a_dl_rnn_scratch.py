# RNN from scratch: hidden state recurrence over one-hot inputs
import torch
import torch.nn.functional as F

torch.manual_seed(0)
vocab_size, num_hiddens, T, batch = 5, 4, 3, 2
W_xh = torch.randn(vocab_size, num_hiddens) * 0.01
W_hh = torch.randn(num_hiddens, num_hiddens) * 0.01
b_h = torch.zeros(num_hiddens)
X = torch.tensor([[0, 1, 2], [3, 4, 0]])
inputs = F.one_hot(X.T, vocab_size).float()
print(inputs.shape)
H = torch.zeros(batch, num_hiddens)
outputs = []
for x_t in inputs:
    H = torch.tanh(x_t @ W_xh + H @ W_hh + b_h)
    outputs.append(H)
out = torch.stack(outputs)
print(out.shape)
print(out[-1])
