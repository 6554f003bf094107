# course: bag-of-words text classifier with EmbeddingBag mean pooling and offsets; outputs printed.
import torch
import torch.nn as nn

torch.manual_seed(1)
bag = nn.EmbeddingBag(10, 3, mode='mean')
text = torch.tensor([1, 2, 4, 5, 4, 3, 2, 9])
offsets = torch.tensor([0, 4])
print(bag(text, offsets))
emb = nn.Embedding(10, 3)
emb.weight.data.copy_(bag.weight.data)
print(emb(text[:4]).mean(0), emb(text[4:]).mean(0))
fc = nn.Linear(3, 2)
logits = fc(bag(text, offsets))
print(logits, logits.argmax(1))
print(nn.EmbeddingBag(10, 3, mode='sum')(text.view(2, 4)).shape)
