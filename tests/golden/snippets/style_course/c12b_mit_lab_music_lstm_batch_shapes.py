# MIT lab 1 part 2: vectorise a string, get_batch of input/target sequences, LSTM model shapes and untrained loss.
import torch
import torch.nn as nn
import numpy as np

songs = 'X:1\nT:tune\nM:6/8\nK:D\nA|dAF DFA|d2e f2d|'
vocab = sorted(set(songs))
char2idx = {u: i for i, u in enumerate(vocab)}
idx2char = np.array(vocab)
vectorized = np.array([char2idx[c] for c in songs])
print(f'{len(vocab)} unique characters', repr(songs[:10]), '->', vectorized[:10])

def get_batch(vs, seq_length, batch_size, rng):
    n = vs.shape[0] - 1
    idx = rng.choice(n - seq_length, batch_size)
    input_batch = [vs[i:i + seq_length] for i in idx]
    output_batch = [vs[i + 1:i + seq_length + 1] for i in idx]
    return torch.tensor(np.array(input_batch), dtype=torch.long), torch.tensor(np.array(output_batch), dtype=torch.long)

rng = np.random.default_rng(42)
x_batch, y_batch = get_batch(vectorized, 5, 2, rng)
print(x_batch.dtype, x_batch.shape)

class LSTMModel(nn.Module):
    def __init__(self, vocab_size, embedding_dim, hidden_size):
        super().__init__()
        self.hidden_size = hidden_size
        self.embedding = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_size, batch_first=True)
        self.fc = nn.Linear(hidden_size, vocab_size)
    def init_hidden(self, batch_size):
        return (torch.zeros(1, batch_size, self.hidden_size), torch.zeros(1, batch_size, self.hidden_size))
    def forward(self, x, state=None, return_state=False):
        x = self.embedding(x)
        if state is None:
            state = self.init_hidden(x.size(0))
        out, state = self.lstm(x, state)
        out = self.fc(out)
        return out if not return_state else (out, state)

torch.manual_seed(1)
model = LSTMModel(len(vocab), 8, 16)
print(model)
pred = model(x_batch)
print('Input shape:      ', x_batch.shape, ' # (batch_size, sequence_length)')
print('Prediction shape: ', pred.shape, '# (batch_size, sequence_length, vocab_size)')
loss = nn.CrossEntropyLoss()(pred.view(-1, len(vocab)), y_batch.view(-1))
print('scalar_loss:      ', round(loss.item(), 2), 'log(V) =', round(float(np.log(len(vocab))), 2))
sampled = torch.multinomial(torch.softmax(pred[0], dim=-1), num_samples=1, generator=torch.Generator().manual_seed(0))
print(sampled.squeeze(-1).shape, sampled.dtype)
