# Concise RNN language model: nn.RNN over one-hot inputs, a linear head, perplexity after a few updates.
import math
import torch
from torch import nn
from torch.nn import functional as F

class RNNModel(nn.Module):
    def __init__(self, rnn_layer, vocab_size):
        super().__init__()
        self.rnn = rnn_layer
        self.vocab_size = vocab_size
        self.num_hiddens = self.rnn.hidden_size
        self.linear = nn.Linear(self.num_hiddens, self.vocab_size)

    def forward(self, inputs, state):
        X = F.one_hot(inputs.T.long(), self.vocab_size)
        X = X.to(torch.float32)
        Y, state = self.rnn(X, state)
        output = self.linear(Y.reshape((-1, Y.shape[-1])))
        return output, state

    def begin_state(self, batch_size=1):
        return torch.zeros((self.rnn.num_layers, batch_size, self.num_hiddens))

torch.manual_seed(0)
vocab_size = 7
rnn_layer = nn.RNN(vocab_size, 16)
net = RNNModel(rnn_layer, vocab_size)
state = net.begin_state(batch_size=2)
print(state.shape)
X = torch.randint(0, vocab_size, (2, 5))
Y = torch.roll(X, -1, dims=1)
updater = torch.optim.SGD(net.parameters(), lr=1)
for epoch in range(4):
    state = net.begin_state(batch_size=2)
    y_hat, state = net(X, state)
    l = nn.CrossEntropyLoss()(y_hat, Y.T.reshape(-1).long())
    updater.zero_grad()
    l.backward()
    nn.utils.clip_grad_norm_(net.parameters(), 1)
    updater.step()
    print(f"perplexity {math.exp(l.item()):.1f}")
print(y_hat.shape, state.shape)
