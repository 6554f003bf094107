# Character-level RNN input pipeline: vocabulary, indices, one-hot (T, B, V), nn.RNN output
import torch
from torch import nn
import torch.nn.functional as F

text = "merhaba dunya"
vocab = sorted(set(text))
idx = torch.tensor([vocab.index(c) for c in text])
print(vocab)
print(idx)
X = idx[:-1].reshape(2, 6)
Y = idx[1:].reshape(2, 6)
inputs = F.one_hot(X.T, len(vocab)).float()
torch.manual_seed(0)
rnn = nn.RNN(len(vocab), 16)
out, h = rnn(inputs)
head = nn.Linear(16, len(vocab))
loss = F.cross_entropy(head(out).reshape(-1, len(vocab)), Y.T.reshape(-1))
print(inputs.shape, out.shape, h.shape)
print(f"initial loss {loss.item():.4f} vs log(V) {torch.log(torch.tensor(len(vocab) * 1.0)).item():.4f}")
