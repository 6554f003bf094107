# Loading pretrained item vectors, frozen and unfrozen
import torch
import torch.nn as nn

vectors = torch.tensor([[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]])
frozen = nn.Embedding.from_pretrained(vectors)
print(frozen.weight.requires_grad)
print(frozen)
tuned = nn.Embedding.from_pretrained(vectors, freeze=False, padding_idx=0)
print(tuned.weight.requires_grad, tuned)
print(tuned.weight is vectors, tuned.weight.data_ptr() == vectors.data_ptr())
out = frozen(torch.tensor([2, 0]))
print(out, out.requires_grad)
try:
    nn.Embedding.from_pretrained(torch.zeros(3))
except AssertionError as e:
    print('AssertionError', e)
