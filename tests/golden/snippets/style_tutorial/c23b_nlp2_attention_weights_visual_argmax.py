import torch

src_words = ["le", "chat", "noir", "<eos>"]
tgt_words = ["the", "black", "cat"]
attn = torch.tensor([[0.8, 0.1, 0.05, 0.05], [0.1, 0.2, 0.65, 0.05], [0.05, 0.85, 0.05, 0.05]])
print(attn.sum(1))
for t, row in zip(tgt_words, attn):
    print(f"{t:>6} -> {src_words[row.argmax().item()]} ({row.max().item():.2f})")
print(attn.argmax(0), attn.T.shape)
