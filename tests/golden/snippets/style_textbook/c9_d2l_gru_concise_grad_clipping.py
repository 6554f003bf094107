# Concise GRU language model on a toy character sequence with gradient clipping by norm.
import torch
from torch import nn
from torch.nn import functional as F

text = "the time machine by h g wells " * 6
vocab = sorted(set(text))
idx = {c: i for i, c in enumerate(vocab)}
corpus = torch.tensor([idx[c] for c in text])
print(len(vocab), corpus[:10])

class RNNModel(nn.Module):
    def __init__(self, rnn_layer, vocab_size):
        super().__init__()
        self.rnn, self.vocab_size = rnn_layer, vocab_size
        self.linear = nn.Linear(rnn_layer.hidden_size, vocab_size)

    def forward(self, inputs, state):
        X = F.one_hot(inputs.T.long(), self.vocab_size).type(torch.float32)
        Y, state = self.rnn(X, state)
        return self.linear(Y.reshape((-1, Y.shape[-1]))), state

torch.manual_seed(0)
net = RNNModel(nn.GRU(len(vocab), 32), len(vocab))
opt = torch.optim.SGD(net.parameters(), lr=1.0)
num_steps, batch = 8, 4
for epoch in range(10):
    start = epoch % num_steps
    xs = torch.stack([corpus[start + i * num_steps: start + (i + 1) * num_steps] for i in range(batch)])
    ys = torch.stack([corpus[start + 1 + i * num_steps: start + 1 + (i + 1) * num_steps] for i in range(batch)])
    state = torch.zeros(1, batch, 32)
    y_hat, state = net(xs, state)
    l = F.cross_entropy(y_hat, ys.T.reshape(-1))
    opt.zero_grad()
    l.backward()
    norm = nn.utils.clip_grad_norm_(net.parameters(), 1.0)
    opt.step()
    print(f"epoch {epoch}: perplexity {torch.exp(l).item():.2f}, grad norm {norm.item():.3f}")
print(state.shape, y_hat.shape)
