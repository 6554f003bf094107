import torch

data = torch.arange(26)
def batchify(d, bsz):
    nbatch = d.size(0) // bsz
    return d[: nbatch * bsz].view(bsz, -1).t().contiguous()
train = batchify(data, 4)
print(train.shape)
print(train[:3])
bptt = 3
def get_batch(src, i):
    seq_len = min(bptt, len(src) - 1 - i)
    return src[i:i + seq_len], src[i + 1:i + 1 + seq_len].reshape(-1)
for i in range(0, train.size(0) - 1, bptt):
    x, y = get_batch(train, i)
    print(i, tuple(x.shape), y.tolist())
