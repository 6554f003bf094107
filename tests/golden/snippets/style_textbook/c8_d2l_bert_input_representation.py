# BERT input representation: tokens and segments, token + segment + learnable position embeddings.
import torch
from torch import nn

def get_tokens_and_segments(tokens_a, tokens_b=None):
    tokens = ['<cls>'] + tokens_a + ['<sep>']
    segments = [0] * (len(tokens_a) + 2)
    if tokens_b is not None:
        tokens += tokens_b + ['<sep>']
        segments += [1] * (len(tokens_b) + 1)
    return tokens, segments

print(get_tokens_and_segments(['this', 'movie', 'is', 'great'], ['i', 'like', 'it']))

class BERTInput(nn.Module):
    def __init__(self, vocab_size, num_hiddens, max_len=16):
        super().__init__()
        self.token_embedding = nn.Embedding(vocab_size, num_hiddens)
        self.segment_embedding = nn.Embedding(2, num_hiddens)
        self.pos_embedding = nn.Parameter(torch.randn(1, max_len, num_hiddens))

    def forward(self, tokens, segments):
        X = self.token_embedding(tokens) + self.segment_embedding(segments)
        X = X + self.pos_embedding[:, :X.shape[1], :]
        return X

torch.manual_seed(0)
vocab_size, num_hiddens = 30, 8
enc = BERTInput(vocab_size, num_hiddens)
tokens = torch.randint(0, vocab_size, (2, 6))
segments = torch.tensor([[0, 0, 0, 1, 1, 1], [0, 0, 0, 0, 1, 1]])
encoded_X = enc(tokens, segments)
print(encoded_X.shape)
print(encoded_X[0, 0])
mlm_positions = torch.tensor([[1, 5, 2], [3, 0, 4]])
num_pred_positions = mlm_positions.shape[1]
batch_idx = torch.repeat_interleave(torch.arange(0, 2), num_pred_positions)
masked_X = encoded_X[batch_idx, mlm_positions.reshape(-1)]
print(batch_idx, masked_X.reshape((2, num_pred_positions, -1)).shape)
print(sum(p.numel() for p in enc.parameters()))
