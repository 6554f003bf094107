# NLP course: toy word vectors, cosine similarity table and nearest neighbours, analogy by vector arithmetic.
import torch
import torch.nn.functional as F

words = ["king", "queen", "man", "woman", "apple", "orange"]
vecs = torch.tensor([
    [0.9, 0.8, 0.1, 0.0],
    [0.9, 0.1, 0.8, 0.0],
    [0.1, 0.9, 0.1, 0.1],
    [0.1, 0.1, 0.9, 0.1],
    [0.0, 0.1, 0.1, 0.9],
    [0.1, 0.0, 0.1, 0.8],
])
normed = F.normalize(vecs, dim=1)
sim = normed @ normed.T
torch.set_printoptions(precision=3)
print(sim)
vals, idx = sim.topk(2, dim=1)
for w, i in zip(words, idx[:, 1].tolist()):
    print(w, "->", words[i])
target = vecs[0] - vecs[2] + vecs[3]
cos = F.cosine_similarity(target.unsqueeze(0), vecs, dim=1)
print(cos)
print(words[cos.argmax()])
print(torch.cdist(vecs[:2], vecs[2:4]))
torch.set_printoptions(profile="default")
print(cos.sort(descending=True))
