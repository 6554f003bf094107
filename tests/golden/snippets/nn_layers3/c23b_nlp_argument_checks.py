import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence

# Argument checks met by NLP code: 2-D lengths, EmbeddingBag offsets, key/value lengths in attention
torch.manual_seed(0)
tests = [
    lambda: pack_padded_sequence(torch.ones(2, 3), torch.tensor([[3, 2]]), batch_first=True),
    lambda: pack_padded_sequence(torch.ones(2, 3), torch.tensor(3), batch_first=True),
    lambda: nn.EmbeddingBag(4, 2)(torch.tensor([1, 2]), torch.tensor([1])),
    lambda: nn.EmbeddingBag(4, 2)(torch.tensor([1, 2]), torch.tensor([0, 3])),
    lambda: nn.EmbeddingBag(4, 2, include_last_offset=True)(torch.tensor([1, 2]), torch.tensor([0, 1, 2])).shape,
    lambda: nn.MultiheadAttention(4, 2, batch_first=True)(torch.ones(2, 3, 4), torch.ones(2, 5, 4), torch.ones(2, 6, 4)),
    lambda: nn.MultiheadAttention(4, 2)(torch.ones(3, 1, 4), torch.ones(5, 2, 4), torch.ones(5, 1, 4)),
    lambda: nn.MultiheadAttention(4, 2, kdim=3, vdim=5)(torch.ones(3, 2, 4), torch.ones(5, 2, 3), torch.ones(6, 2, 5)),
    lambda: nn.MultiheadAttention(4, 2, kdim=3, vdim=5)(torch.ones(3, 2, 4), torch.ones(5, 2, 3), torch.ones(5, 2, 5))[0].shape,
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__, e)
