import torch

train = ["i like tea", "i like coffee", "you like tea"]
vocab = {"<pad>": 0, "<unk>": 1}
for sent in train:
    for w in sent.split():
        vocab.setdefault(w, len(vocab))
print(vocab)
test = ["i love tea", "they like milk"]
ids = [torch.tensor([vocab.get(w, 1) for w in s.split()]) for s in test]
print(ids)
batch = torch.stack(ids)
print(batch.shape, (batch == 1).sum().item())
rev = {i: w for w, i in vocab.items()}
print([rev[i] for i in batch[1].tolist()])
