# LSTM language-model style training: state carried across batches with detach (truncated BPTT).
import torch
from torch import nn

torch.manual_seed(0)
vocab_size, num_hiddens = 6, 8
lstm = nn.LSTM(vocab_size, num_hiddens)
head = nn.Linear(num_hiddens, vocab_size)
params = list(lstm.parameters()) + list(head.parameters())
optimizer = torch.optim.SGD(params, lr=1.0)
corpus = torch.tensor([0, 1, 2, 3, 4, 5] * 6)
num_steps, batch_size = 4, 2
state = None
for i in range(0, 24, num_steps):
    X = corpus[i:i + num_steps * batch_size].reshape(batch_size, num_steps)
    Y = corpus[i + 1:i + 1 + num_steps * batch_size].reshape(batch_size, num_steps)
    if state is None:
        state = (torch.zeros(1, batch_size, num_hiddens), torch.zeros(1, batch_size, num_hiddens))
    else:
        state = tuple(s.detach() for s in state)
    inputs = nn.functional.one_hot(X.T, vocab_size).float()
    out, state = lstm(inputs, state)
    y_hat = head(out.reshape(-1, num_hiddens))
    l = nn.functional.cross_entropy(y_hat, Y.T.reshape(-1))
    optimizer.zero_grad()
    l.backward()
    nn.utils.clip_grad_norm_(params, 1)
    optimizer.step()
    print(i, round(l.item(), 4), round(torch.exp(l).item(), 3))
print(state[0].shape, state[1].requires_grad, state[0].grad_fn is not None)
print(lstm)
print([n for n, _ in lstm.named_parameters()])
