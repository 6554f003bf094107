# A concise GRU language model on a tiny character corpus, with a predict() that warms up on a prefix.
import torch
from torch import nn
from torch.nn import functional as F

text = "the time machine by h g wells the time traveller"
vocab = sorted(set(text))
char_to_idx = {c: i for i, c in enumerate(vocab)}
corpus = torch.tensor([char_to_idx[c] for c in text])
V = len(vocab)
print(V, corpus[:10])

class RNNModel(nn.Module):
    def __init__(self, rnn_layer, vocab_size):
        super().__init__()
        self.rnn = rnn_layer
        self.vocab_size = vocab_size
        self.num_hiddens = self.rnn.hidden_size
        self.linear = nn.Linear(self.num_hiddens, self.vocab_size)

    def forward(self, inputs, state):
        X = F.one_hot(inputs.T.long(), self.vocab_size).to(torch.float32)
        Y, state = self.rnn(X, state)
        output = self.linear(Y.reshape((-1, Y.shape[-1])))
        return output, state

    def begin_state(self, batch_size=1):
        return torch.zeros((self.rnn.num_layers, batch_size, self.num_hiddens))

def predict(prefix, num_preds, net):
    state = net.begin_state(batch_size=1)
    outputs = [char_to_idx[prefix[0]]]
    get_input = lambda: torch.tensor([outputs[-1]]).reshape((1, 1))
    for y in prefix[1:]:
        _, state = net(get_input(), state)
        outputs.append(char_to_idx[y])
    for _ in range(num_preds):
        y, state = net(get_input(), state)
        outputs.append(int(y.argmax(dim=1).reshape(1)))
    return "".join([vocab[i] for i in outputs])

torch.manual_seed(0)
net = RNNModel(nn.GRU(V, 16), V)
print(predict("time ", 10, net))
opt = torch.optim.Adam(net.parameters(), lr=0.05)
X = corpus[:-1].reshape(1, -1)
Y = corpus[1:].reshape(1, -1)
for epoch in range(30):
    state = net.begin_state(1)
    y_hat, state = net(X, state)
    l = F.cross_entropy(y_hat, Y.T.reshape(-1))
    opt.zero_grad()
    l.backward()
    nn.utils.clip_grad_norm_(net.parameters(), 1.0)
    opt.step()
    if (epoch + 1) % 10 == 0:
        print(f"epoch {epoch + 1} perplexity {torch.exp(l).item():.3f}")
print(predict("the ", 12, net))
