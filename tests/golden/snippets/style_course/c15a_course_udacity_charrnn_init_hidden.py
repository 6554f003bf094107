# Udacity character-level LSTM: one_hot_encode with numpy, get_batches, and init_hidden via weight.new
import numpy as np
import torch
from torch import nn

def one_hot_encode(arr, n_labels):
    one_hot = np.zeros((arr.size, n_labels), dtype=np.float32)
    one_hot[np.arange(one_hot.shape[0]), arr.flatten()] = 1.
    return one_hot.reshape((*arr.shape, n_labels))

def get_batches(arr, batch_size, seq_length):
    n_batches = len(arr) // (batch_size * seq_length)
    arr = arr[:n_batches * batch_size * seq_length].reshape((batch_size, -1))
    for n in range(0, arr.shape[1], seq_length):
        x = arr[:, n:n + seq_length]
        y = np.zeros_like(x)
        y[:, :-1], y[:, -1] = x[:, 1:], arr[:, (n + seq_length) % arr.shape[1]]
        yield x, y

text = "hello world, hello lstm"
chars = tuple(set(text))
char2int = {ch: ii for ii, ch in enumerate(sorted(chars))}
encoded = np.array([char2int[ch] for ch in text])
x, y = next(get_batches(encoded, 2, 5))
print(x, y, sep="\n")
torch.manual_seed(2)
lstm = nn.LSTM(len(chars), 6, 2, dropout=0.5, batch_first=True)
weight = next(lstm.parameters()).data
hidden = (weight.new(2, 2, 6).zero_(), weight.new(2, 2, 6).zero_())
lstm.eval()
out, (h, c) = lstm(torch.from_numpy(one_hot_encode(x, len(chars))), hidden)
print(out.shape, h.shape, out[0, -1])
h = tuple([each.data for each in (h, c)])
print(h[0].requires_grad, len(chars))
