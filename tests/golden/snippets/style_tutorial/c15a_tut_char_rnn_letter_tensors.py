# NLP from scratch: one-hot letters, an Elman RNN built from two Linear layers, and a guess
import string
import torch
import torch.nn as nn

alphabet = string.ascii_letters + " .,;'"

def name_to_onehot(name):
    t = torch.zeros(len(name), 1, len(alphabet))
    for pos, ch in enumerate(name):
        t[pos, 0, alphabet.index(ch)] = 1
    return t

class CharRNN(nn.Module):
    def __init__(self, n_in, n_hidden, n_out):
        super().__init__()
        self.n_hidden = n_hidden
        self.in2hidden = nn.Linear(n_in + n_hidden, n_hidden)
        self.in2out = nn.Linear(n_in + n_hidden, n_out)

    def forward(self, letter, h):
        both = torch.cat((letter, h), 1)
        return torch.log_softmax(self.in2out(both), dim=1), torch.tanh(self.in2hidden(both))

torch.manual_seed(1)
languages = ["Czech", "German", "Irish", "Polish"]
net = CharRNN(len(alphabet), 16, len(languages))
print(len(alphabet), name_to_onehot("Jones").size(), name_to_onehot("Jo").nonzero())
h = torch.zeros(1, net.n_hidden)
for step in name_to_onehot("Albert"):
    logp, h = net(step, h)
best_val, best_idx = logp.topk(1)
print(logp)
print(languages[best_idx[0].item()], best_val.item())
