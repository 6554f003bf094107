import torch

pairs = [("je suis chat", "i am cat"), ("il est grand", "he is tall")]
def build(sents):
    v = {"SOS": 0, "EOS": 1}
    for s in sents:
        for w in s.split():
            if w not in v:
                v[w] = len(v)
    return v
src_v = build(p[0] for p in pairs)
tgt_v = build(p[1] for p in pairs)
def to_tensor(v, s):
    return torch.tensor([v[w] for w in s.split()] + [v["EOS"]], dtype=torch.long).view(-1, 1)
src, tgt = to_tensor(src_v, pairs[1][0]), to_tensor(tgt_v, pairs[1][1])
print(src_v)
print(src.shape, src.squeeze(1), tgt.t())
print(src.size(0), tgt[0].item())
