# Machine translation data: tokenise sentence pairs, build a vocab, truncate or pad, valid lengths.
import collections
import torch

raw_text = "go .\tva !\nhi .\tsalut !\nrun !\tcours !\nwho ?\tqui ?\nwow !\tça alors !"

def preprocess_nmt(text):
    def no_space(char, prev_char):
        return char in set(',.!?') and prev_char != ' '
    text = text.replace('\u202f', ' ').replace('\xa0', ' ').lower()
    out = [' ' + char if i > 0 and no_space(char, text[i - 1]) else char for i, char in enumerate(text)]
    return ''.join(out)

text = preprocess_nmt(raw_text)
print(text[:30])
source, target = [], []
for line in text.split('\n'):
    parts = line.split('\t')
    if len(parts) == 2:
        source.append(parts[0].split(' '))
        target.append(parts[1].split(' '))
print(source[:3], target[:3])
counter = collections.Counter(tok for line in target for tok in line)
idx_to_token = ['<unk>', '<pad>', '<bos>', '<eos>'] + sorted(t for t, c in counter.items())
token_to_idx = {t: i for i, t in enumerate(idx_to_token)}
print(len(idx_to_token), idx_to_token[:8])

def truncate_pad(line, num_steps, padding_token):
    if len(line) > num_steps:
        return line[:num_steps]
    return line + [padding_token] * (num_steps - len(line))

print(truncate_pad([token_to_idx[t] for t in target[0]], 5, token_to_idx['<pad>']))

def build_array_nmt(lines, num_steps):
    lines = [[token_to_idx.get(t, 0) for t in l] + [token_to_idx['<eos>']] for l in lines]
    array = torch.tensor([truncate_pad(l, num_steps, token_to_idx['<pad>']) for l in lines])
    valid_len = (array != token_to_idx['<pad>']).type(torch.int32).sum(1)
    return array, valid_len

array, valid_len = build_array_nmt(target, 4)
print(array)
print(valid_len, valid_len.dtype)
