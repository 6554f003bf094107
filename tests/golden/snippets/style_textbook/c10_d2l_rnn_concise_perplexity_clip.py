# Concise RNN language model on a toy character corpus: one-hot inputs, gradient clipping, perplexity per epoch.
import math
import torch
from torch import nn
from torch.nn import functional as F

torch.manual_seed(6)
text = "the time machine by h g wells " * 4
chars = sorted(set(text))
idx = torch.tensor([chars.index(c) for c in text])
V, num_steps, batch = len(chars), 6, 4
print(V, len(idx))

class RNNModel(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.RNN(V, hidden)
        self.linear = nn.Linear(hidden, V)

    def forward(self, inputs, state):
        X = F.one_hot(inputs.T.long(), V).type(torch.float32)
        Y, state = self.rnn(X, state)
        return self.linear(Y.reshape((-1, Y.shape[-1]))), state

def grad_clipping(net, theta):
    params = [p for p in net.parameters() if p.requires_grad]
    norm = torch.sqrt(sum(torch.sum((p.grad ** 2)) for p in params))
    if norm > theta:
        for p in params:
            p.grad[:] *= theta / norm
    return norm

net = RNNModel(16)
opt = torch.optim.SGD(net.parameters(), lr=1.0)
n = (len(idx) - 1) // (batch * num_steps) * batch * num_steps
Xs = idx[:n].reshape(batch, -1)
Ys = idx[1:n + 1].reshape(batch, -1)
for epoch in range(5):
    state = torch.zeros(1, batch, 16)
    total, count = 0.0, 0
    for i in range(0, Xs.shape[1], num_steps):
        X, Y = Xs[:, i:i + num_steps], Ys[:, i:i + num_steps]
        state = state.detach()
        y_hat, state = net(X, state)
        l = F.cross_entropy(y_hat, Y.T.reshape(-1))
        opt.zero_grad()
        l.backward()
        norm = grad_clipping(net, 1)
        opt.step()
        total += l.item() * Y.numel()
        count += Y.numel()
    print(epoch, f"perplexity {math.exp(total / count):.4f}", f"last grad norm {norm.item():.4f}")
